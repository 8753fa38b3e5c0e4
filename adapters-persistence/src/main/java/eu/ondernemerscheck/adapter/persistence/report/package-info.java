/**
 * The client report laid out as PDF with Apache PDFBox, and the platform facts a report needs (which client record a
 * client's account is linked to, when a rate version was published). Like the mail sender, an outgoing adapter
 * beside the database ones.
 */
package eu.ondernemerscheck.adapter.persistence.report;
