package dev.switchboard.events.contact;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.events.contact.ContactDetails.EmailAddress;
import dev.switchboard.events.contact.ContactDetails.Flags;
import dev.switchboard.platform.events.FieldChange;
import dev.switchboard.platform.events.Fields;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FieldsTest {

    private final ContactDetails ada = ContactDetails.builder().firstName("Ada").lastName("Lovelace")
            .emails(List.of(new EmailAddress("ada@example.org", true))).birthday(LocalDate.of(1815, 12, 10))
            .owner("editor").tags(List.of("math")).build();

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
        ContactDetails renamed = ada.toBuilder().firstName("Augusta Ada").lastName("King")
                .flags(new Flags(false, false, false, true)).tags(List.of()).build();

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
