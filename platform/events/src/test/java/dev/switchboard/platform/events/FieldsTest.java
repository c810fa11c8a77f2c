package dev.switchboard.platform.events;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.events.contact.ContactDetails;
import dev.switchboard.events.contact.ContactDetails.EmailAddress;
import dev.switchboard.events.contact.ContactDetails.Flags;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FieldsTest {

    private final ContactDetails ada = new ContactDetails(null, "Ada", null, "Lovelace", null,
            List.of(new EmailAddress("ada@example.org", true)), null, LocalDate.of(1815, 12, 10), null, null, null,
            null, null, null, "editor", null, null, List.of("math"), null, null, null, false);

    @Test
    void nestedValuesBecomeDottedFieldsAndListsStayWhole() {
        Map<String, Object> fields = Fields.of("", ada);

        assertThat(fields).containsEntry("firstName", "Ada")
                .containsEntry("flags.marketing", false)
                .containsEntry("birthday", "1815-12-10")
                .containsEntry("tags", List.of("math"))
                .containsEntry("emails", List.of(Map.of("address", "ada@example.org", "primary", true)));
    }

    @Test
    void onlyWhatDiffersIsAChangeWithItsOldAndNewValue() {
        ContactDetails renamed = new ContactDetails(null, "Augusta Ada", null, "King", null, ada.emails(), null,
                ada.birthday(), null, null, null, null, null, new Flags(false, false, false, true), "editor", null,
                null, List.of(), null, null, null, false);

        assertThat(Fields.changesBetween(Fields.of("", ada), Fields.of("", renamed))).containsExactly(
                new FieldChange("firstName", "Ada", "Augusta Ada"),
                new FieldChange("lastName", "Lovelace", "King"),
                new FieldChange("flags.marketing", false, true),
                new FieldChange("tags", List.of("math"), null));
    }

    @Test
    void aNewAggregateReportsEveryValueItHasAsNew() {
        assertThat(FieldChange.allNew(Fields.of("", ada)))
                .extracting(FieldChange::field)
                .contains("firstName", "lastName", "emails", "birthday", "owner", "tags", "flags.leftCompany")
                .doesNotContain("middleName", "phones", "addresses")
                .allSatisfy(field -> assertThat(field).isNotBlank());
        assertThat(FieldChange.allNew(Fields.of("", ada))).allMatch(change -> change.oldValue() == null);
    }
}
