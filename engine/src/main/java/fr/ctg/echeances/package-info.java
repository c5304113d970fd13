/**
 * The deadlines a convention sets or implies, where they stand on a given day, as a table and as an
 * iCalendar file.
 *
 * <p>{@link fr.ctg.echeances.Echeancier} derives them from the file alone: collectivities' deliberations
 * (due at the signature), the préfecture's acknowledgment of a signed act (15 days after it), the fiches
 * an axis promises by avenant, one comité de pilotage per calendar year, the evaluation before renewal,
 * the decision on express renewal (the end minus the notice of article 12), the end itself.
 *
 * <p>Limits: a deadline is "done" only when the file can show it (a dated deliberation, a recorded
 * acknowledgment, an axis that now lists fiches); the file records no committee meeting, evaluation or
 * renewal decision, so once passed those stay late. The end of the convention is an event, done once its
 * day has passed. Avenants are not read yet: fiches an avenant brings will count once the consolidated
 * convention lists them.
 */
package fr.ctg.echeances;
