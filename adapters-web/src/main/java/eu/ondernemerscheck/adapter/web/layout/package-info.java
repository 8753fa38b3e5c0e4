/** The application frame: navigation and sign-out around the signed-in views. */
package eu.ondernemerscheck.adapter.web.layout;
