package se.medverka.records.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Configuration of public records ({@code medverka.records.*}).
 *
 * @param firstActionDays working days from a request's receipt to the first action ("skyndsamt")
 * @param archiveDir      where delivery packages to the archive are written (they hold decrypted content)
 * @param archivist       the name of the archive, in the package's metadata
 */
@ConfigurationProperties("medverka.records")
public record RecordsSettings(
        @DefaultValue("1") int firstActionDays,
        @DefaultValue(".medverka/archive") String archiveDir,
        @DefaultValue("Stadsarkivet") String archivist) {
}
