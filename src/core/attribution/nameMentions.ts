// What the name finder (findNames.ts) and the rules it reads with (rolesBeforeNames.ts) learn of each name a text gives.

/** A name a text gives: a person (with the title or role the text gives them) or an organisation. */
export interface NameMention {
  readonly kind: 'person' | 'organisation';
  readonly words: readonly string[];
  readonly roles: ReadonlyArray<readonly string[]>;
  readonly gender: 'male' | 'female' | null;
  /** How much the gender weighs: a noun of one sex (`his wife, Ana Kral`) outweighs the text's pronoun count. */
  readonly genderWeight?: number;
  /** The one role was owned by a pronoun (`her lawyer, Ivo Kral,`): learnt only while no one else holds its word. */
  readonly pronounOwned?: true;
  /** The name as written in full, when `words` leave part of it out (a patronymic: `Mohammed bin Salman`). */
  readonly spelt?: readonly string[];
}
