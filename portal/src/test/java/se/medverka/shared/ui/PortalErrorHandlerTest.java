package se.medverka.shared.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.transaction.CannotCreateTransactionException;

/** Which failures get the "nothing was stored, try again" message rather than the general one. */
class PortalErrorHandlerTest {

    @Test
    void databaseFailuresAreRecognisedWhereverTheyAreInTheChain() {
        assertThat(PortalErrorHandler.isDataAccess(new CannotCreateTransactionException("no connection"))).isTrue();
        assertThat(PortalErrorHandler.isDataAccess(new DataAccessResourceFailureException("gone"))).isTrue();
        assertThat(PortalErrorHandler.isDataAccess(new IllegalStateException("listener",
                new RuntimeException(new SQLTransientConnectionException("pool timed out"))))).isTrue();
    }

    @Test
    void otherFailuresAreNot() {
        assertThat(PortalErrorHandler.isDataAccess(new IllegalStateException("bug"))).isFalse();
        assertThat(PortalErrorHandler.isDataAccess(new RuntimeException(new NullPointerException()))).isFalse();
    }
}
