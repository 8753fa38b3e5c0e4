/**
 * BE deductibility of car costs in personal income tax and corporate tax: the CO2 formula (120% − 0.5% × fuel
 * coefficient × CO2) with its bounds, the acquired 75% minimum of sole traders' pre-2018 cars, and the 2023 reform that
 * phases out fossil cars and plug-in hybrids by order date and sets zero-emission percentages by order year. Rules from
 * tax-rules.md §5; every percentage, cap and limit is rate data (car-deduction.tsv).
 */
package eu.ondernemerscheck.domain.cardeduction;
