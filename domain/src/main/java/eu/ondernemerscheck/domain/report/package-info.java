/**
 * The client report: per client and year, each scheme's figures, how they were computed, their legal and official
 * references, their dates and deadlines, and the rate version used, styled for the firm (product.md journey 5).
 * Results computed with provisional rates say so (product.md, "what people expect").
 */
package eu.ondernemerscheck.domain.report;
