/** The start page after signing in. */
package eu.ondernemerscheck.adapter.web.home;
