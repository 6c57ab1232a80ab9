/**
 * Public records (allmänna handlingar): requests to see them, the secrecy review document by document
 * with released copies and appealable refusals, decisions on erasure (gallringsbeslut) and deliveries
 * of closed cases to the city archive as E-ARK/FGS packages — of every case kind whose owning module
 * implements {@link se.medverka.shared.records.PublicRecords} (complaints, referral answers, budget proposals). Implements complaint's
 * {@link se.medverka.complaint.ErasureClearance}; opens cases of its own kind in routing; publishes nothing.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Records")
package se.medverka.records;
