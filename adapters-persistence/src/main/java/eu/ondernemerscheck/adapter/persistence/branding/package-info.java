/** Firms' branding in the platform register ({@code platform.firm_branding}, platform migration V10). */
package eu.ondernemerscheck.adapter.persistence.branding;
