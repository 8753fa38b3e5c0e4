/**
 * NL kleineondernemersregeling (KOR, art. 25 Wet OB 1968): which turnover counts toward the yearly threshold, the end
 * of the KOR at the supply that crosses it and the waiting time before joining again (rules before and from 2025),
 * the herziening of VAT deducted on investment goods when joining, the deadline to join or leave, the EU SME scheme
 * (EU-KOR) from 2025, and an indication of whether joining pays. Rules: tax-rules.md §2 and §7 (Belastingdienst,
 * KVK and the sources named there); thresholds, periods and amounts are data in rates/kor.tsv.
 */
package eu.ondernemerscheck.domain.kor;
