/** Accounts in the platform schema: e-mail, Argon2id hash, role and firm. */
package eu.ondernemerscheck.adapter.persistence.accounts;
