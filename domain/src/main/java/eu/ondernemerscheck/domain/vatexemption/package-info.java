/**
 * BE vrijstellingsregeling kleine ondernemingen (art. 56bis, from 2025 art. 56ter W.Btw; KB nr. 19): whether the
 * year's counted turnover stays under the threshold (pro rata for a start during the year, with the 10% tolerance as a
 * provisional rate), from which date the exemption can start after form e604B, and an indication of whether the
 * exemption is worth it. Rules from tax-rules.md §3 and calculation-api.md; thresholds, tolerance, switch dates, the
 * standard VAT rate and the revision periods are rate data (vat-exemption.tsv).
 */
package eu.ondernemerscheck.domain.vatexemption;
