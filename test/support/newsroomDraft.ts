// A draft the archive's tests check from a folder and from the archive alike: a misattribution, a near quote of
// another speaker's words, a quote no bundled source carries, and a quote its speaker did say.
export const NEWSROOM_DRAFT = [
  '# Draft',
  '',
  'Zelensky said Russia would use "all available means" to protect them.',
  '',
  'Putin said Moscow "would use all possible means to protect the newly incorporated regions".',
  '',
  'The mayor said "we will rebuild the harbour by the spring of next year".',
  '',
  'Putin vowed to use "all available means".',
  '',
].join('\n');
