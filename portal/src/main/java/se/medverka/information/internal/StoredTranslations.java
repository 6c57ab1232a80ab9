package se.medverka.information.internal;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import se.medverka.shared.i18n.Language;
import se.medverka.shared.i18n.TranslationOverrides;

/**
 * The imported UI texts, held in memory for the i18n provider (which is asked for every label) and
 * read again from the database after every import's commit and once a minute, so that other nodes
 * see an import too.
 */
@Component
public class StoredTranslations implements TranslationOverrides {

    private final UiTextRepository texts;
    private volatile Map<String, String> cache;

    StoredTranslations(UiTextRepository texts) {
        this.texts = texts;
    }

    @Override
    public Optional<String> find(Language language, String key) {
        Map<String, String> all = cache;
        if (all == null) {
            all = reload();
        }
        return Optional.ofNullable(all.get(language.code() + "|" + key));
    }

    @Scheduled(fixedDelayString = "PT1M", initialDelayString = "PT1M")
    public Map<String, String> reload() {
        Map<String, String> all = new ConcurrentHashMap<>();
        texts.findAll().forEach(t -> all.put(t.getLanguage() + "|" + t.getKey(), t.getText()));
        cache = all;
        return all;
    }

    /** Reads the texts again once the current transaction has committed (not if it rolls back). */
    public void reloadAfterCommit() {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    reload();
                }
            });
        } else {
            reload();
        }
    }
}
