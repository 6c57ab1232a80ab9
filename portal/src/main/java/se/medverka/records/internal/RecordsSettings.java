package se.medverka.records.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Configuration of public records ({@code medverka.records.*}).
 *
 * @param firstActionDays working days from a request's receipt to the first action ("skyndsamt")
 * @param archiveDir      where delivery packages to the archive are written (they hold decrypted content)
 * @param archivist       the name of the archive, in the package's metadata
 * @param organisationNumber  the city's organisation number, written as the archive wants it (e.g.
 *                        {@code VAT:SE2120001234} in E-ARK's examples), as the archival creator's code in METS and ERMS; blank: none
 * @param submissionAgreement the archive's reference of the submission agreement, in METS; blank: none
 */
@ConfigurationProperties("medverka.records")
public record RecordsSettings(
        @DefaultValue("1") int firstActionDays,
        @DefaultValue(".medverka/archive") String archiveDir,
        @DefaultValue("Stadsarkivet") String archivist,
        @DefaultValue("") String organisationNumber,
        @DefaultValue("") String submissionAgreement) {

    /** Who a delivery package names. */
    public ArchivePackager.Parties parties() {
        return new ArchivePackager.Parties(archivist, organisationNumber, submissionAgreement);
    }
}
