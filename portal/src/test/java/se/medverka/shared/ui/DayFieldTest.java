package se.medverka.shared.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DayFieldTest {

    @Test
    void theBrowsersDateInputsValueIsTheDayAndAnEmptyOneIsNone() {
        DayField field = new DayField();

        field.getElement().setProperty("value", "2026-11-20");
        assertThat(field.getValue()).isEqualTo(LocalDate.of(2026, 11, 20));

        field.getElement().setProperty("value", "");
        assertThat(field.getValue()).isNull();
    }

    @Test
    void aDayTypedInAPlainTextFieldIsTakenAndAnythingElseIsNoDay() {
        assertThat(DayField.parse(" 2026-01-05 ")).isEqualTo(LocalDate.of(2026, 1, 5));
        assertThat(DayField.parse("5 januari")).isNull();
    }

    @Test
    void theDayIsSentToTheBrowserAsItsDateInputWritesIt() {
        DayField field = new DayField();

        field.setValue(LocalDate.of(2026, 3, 9));

        assertThat(field.getElement().getProperty("value")).isEqualTo("2026-03-09");
    }
}
