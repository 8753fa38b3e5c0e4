/**
 * The accountant's review of the checks clients submit (product.md, journey 3): the open proposals of the firm, one
 * proposal field by field beside the current facts with the effect on every figure, and the decision.
 */
package eu.ondernemerscheck.adapter.web.proposals;
