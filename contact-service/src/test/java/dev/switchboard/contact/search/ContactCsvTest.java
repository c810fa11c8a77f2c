package dev.switchboard.contact.search;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.contact.contact.Contact;
import dev.switchboard.events.contact.ContactDetails;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ContactCsvTest {

    @Test
    void everyCellASpreadsheetWouldRunAsAFormulaIsDefused() {
        for (String hostile : List.of("-1-1", "-2+3", "+1-1", "=1+1", "@SUM(A1)", "\t=1+1", "\r=1+1", "\n=1+1",
                "\u0000=1+1", "\uFF1D1+1", "\uFF0B1-1", "\uFF0D1-1", "\uFF20SUM(A1)")) {
            assertThat(descriptionCell(hostile)).as(hostile).isEqualTo("'" + hostile);
        }
    }

    @Test
    void harmlessTextIsExportedAsItIs() {
        for (String harmless : List.of("Plain text", "1-1", "a = b", "It's fine")) {
            assertThat(descriptionCell(harmless)).as(harmless).isEqualTo(harmless);
        }
    }

    private static String descriptionCell(String description) {
        ContactDetails details = ContactDetails.builder().firstName("Csv").lastName("Cell").description(description)
                .build();
        Contact contact = Contact.create(details, "account-1", Instant.parse("2026-11-25T12:00:00Z"));
        return ContactCsv.row(contact).get(List.of(ContactCsv.HEADER).indexOf("description"));
    }
}
