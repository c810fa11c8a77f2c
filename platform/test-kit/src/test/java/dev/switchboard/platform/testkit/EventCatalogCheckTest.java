package dev.switchboard.platform.testkit;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.switchboard.platform.events.EventTypes;
import dev.switchboard.platform.testkit.catalogs.complete.CompleteCatalog;
import dev.switchboard.platform.testkit.catalogs.complete.SampleClosed;
import dev.switchboard.platform.testkit.catalogs.incomplete.IncompleteCatalog;
import dev.switchboard.platform.testkit.catalogs.unregistered.UnregisteredCatalog;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

class EventCatalogCheckTest {

    @Test
    void aRegisteredCatalogListingEveryEventOfItsPackagePasses() {
        assertThatCode(() -> EventCatalogCheck.check(new CompleteCatalog())).doesNotThrowAnyException();
    }

    @Test
    void anEventLeftOutOfItsCatalogIsNamed() {
        assertThatThrownBy(() -> EventCatalogCheck.check(new IncompleteCatalog()))
                .isInstanceOf(AssertionError.class).hasMessageContaining("DraftForgotten");
    }

    @Test
    void aCatalogConsumersCannotFindFails() {
        assertThatThrownBy(() -> EventCatalogCheck.check(new UnregisteredCatalog()))
                .isInstanceOf(AssertionError.class).hasMessageContaining("META-INF/services");
    }

    @Test
    void aRegisteredCatalogsEventsAreKnownByType() {
        Assertions.assertThat(EventTypes.classOf("switchboard.SampleClosed")).contains(SampleClosed.class);
        Assertions.assertThat(EventTypes.classOf("switchboard.NoteTaken")).isEmpty();
    }
}
