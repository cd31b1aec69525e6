// The versions the package states (`ideo --version`, and exported by the library). The package's own
// version is in package.json.

/** The language's version: raised when what a valid program means, or which programs are valid,
 *  changes (syntax, blocks, their signatures and results). */
export const LANGUAGE_VERSION = "0.5";

/** The card's version: raised whenever what the card (`ideo prompt`) teaches changes, so benchmark runs
 *  say which card a model learned from (run.json in each eval/runs/ folder). */
export const CARD_VERSION = 17;
