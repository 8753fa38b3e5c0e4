/**
 * NL kleinschaligheidsinvesteringsaftrek (KIA) and desinvesteringsbijtelling: the deduction on the total of the
 * year's qualifying investments read from that year's band table (more than A, not more than B), the per-asset minimum
 * and the excluded asset categories of the Belastingdienst page "Geen recht op investeringsaftrek", the split of a
 * partnership's KIA by profit shares (Hoge Raad 2020), and the addition to profit when an asset is disposed of within
 * five years after 1 January of its investment year (Belastingdienst "Desinvesteringsbijtelling"). Rules and rates:
 * tax-rules.md §1 and §7; the band amounts are data in rates/kia.tsv.
 */
package eu.ondernemerscheck.domain.kia;
