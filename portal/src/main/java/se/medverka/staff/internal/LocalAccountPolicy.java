package se.medverka.staff.internal;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * What a local (break-glass) sign-in asks for besides the password: a TOTP second factor
 * ({@code medverka.staff.local.second-factor}) and a new password when someone else chose the
 * current one ({@code medverka.staff.local.password-change}). Both are on unless switched off; the
 * test run switches them off for the local accounts its other journeys use as fixtures.
 */
@Component
public class LocalAccountPolicy {

    private final boolean secondFactor;
    private final boolean passwordChange;

    LocalAccountPolicy(@Value("${medverka.staff.local.second-factor:true}") boolean secondFactor,
                       @Value("${medverka.staff.local.password-change:true}") boolean passwordChange) {
        this.secondFactor = secondFactor;
        this.passwordChange = passwordChange;
    }

    public boolean secondFactor() {
        return secondFactor;
    }

    public boolean passwordChange() {
        return passwordChange;
    }

    boolean needsSecondStep(StaffUser user) {
        return secondFactor || passwordChange && user.isPasswordMustChange();
    }
}
