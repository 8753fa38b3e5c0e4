/**
 * BE kilometre allowances: the home-work forfait per km (tax-rules.md §6.1) and the maximum tax-free business rate
 * per km with the 24,000 km rule (§6.2).
 */
package eu.ondernemerscheck.domain.mileage;
