/**
 * BE voordeel van alle aard (VAA/ATN) of a company car used privately: catalogue value × CO2 percentage × 6/7 × age
 * coefficient, never less than the yearly minimum, per month of the period the car is available. The rules follow
 * tax-rules.md §4 (art. 36 §2 WIB 92 as described by lease companies, accountants and the FOD FAQ copy); the yearly
 * reference emissions and minimum amounts are rate data (company-car.tsv), and a year without them is refused.
 */
package eu.ondernemerscheck.domain.companycar;
