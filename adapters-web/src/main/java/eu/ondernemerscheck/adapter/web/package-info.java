/** The web adapter: Vaadin views, the public calculation API and the security configuration. */
package eu.ondernemerscheck.adapter.web;
