/** The accountant's portfolio of clients (product.md, journey 4). */
package eu.ondernemerscheck.adapter.web.portfolio;
