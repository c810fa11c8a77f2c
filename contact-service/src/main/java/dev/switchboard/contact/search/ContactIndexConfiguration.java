package dev.switchboard.contact.search;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class ContactIndexConfiguration {

    /**
     * The index lives in a folder of its own (memory-mapped, so it does not weigh on the heap); it is rebuilt at
     * every start, so a temporary folder serves unless one is configured.
     */
    @Bean(destroyMethod = "close")
    ContactIndex contactIndex(@Value("${switchboard.contacts.search-index-dir:}") String configured) throws IOException {
        Path directory = configured.isBlank() ? Files.createTempDirectory("contact-index") : Path.of(configured);
        return new ContactIndex(directory);
    }
}
