/**
 * A client's own check and the proposals it becomes (product.md, journeys 2 and 3): the steps a client answers, when a
 * step counts as complete (the engine accepts its inputs), the life of a proposal from draft to the accountant's
 * decision, and the comparison of a proposal with the facts the firm holds, figure by figure.
 */
package eu.ondernemerscheck.domain.proposals;
