/** The scheme catalogue as a screen: which schemes exist and which years have rates. */
package eu.ondernemerscheck.adapter.web.schemes;
