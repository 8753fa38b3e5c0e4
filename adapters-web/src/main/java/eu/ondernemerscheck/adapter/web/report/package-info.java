/**
 * The screens of issue 10: the firm's branding ({@code /kantoor}), the client import with its preview
 * ({@code /klanten-inlezen}), the client's own reports ({@code /mijn-rapport}), and the report and export downloads
 * offered on the portfolio. Uploads are limited and checked on the server: the Upload component's own type and size
 * checks run in the browser only (security.md finding 6).
 */
package eu.ondernemerscheck.adapter.web.report;
