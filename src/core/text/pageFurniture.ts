// A web page's furniture pasted with its article: `Advertisement`, `Story continues below advertisement`, `Share this
// article`. Read as prose, `Story continues` made a person `Story` whom the next `he said` meant, and the line broke
// an unattributed quotation off from the paragraph that named its speaker. Only whole lines in this closed list are
// furniture: a line of prose never reads exactly so.

/** Lines that are a page's and never its article's, matched whole (case aside), with any trailing dots or colon. */
const FURNITURE_LINE = String.raw`(?:advertisement|advert|sponsored(?: content)?|(?:story|article) continues (?:below|after)(?: this)?(?: advertisement| ad)?|continue reading(?: the main story| below)?|scroll to continue(?: with content)?|share this (?:article|story)|skip (?:to )?(?:main )?(?:content|advertisement)|listen to this article|image caption|read more)`;

// (Not a line pointing at another article, `READ MORE: <headline>`: the headline's quote is still its speaker's, as
// a headline's dash tells: `'are our citizens' - Putin`.)
export const PAGE_FURNITURE = new RegExp(String.raw`^[ \t]{0,3}${FURNITURE_LINE}[ \t.:]*$`, 'gimu');
