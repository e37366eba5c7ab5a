package org.taiwa.library.internal;

import org.apache.tika.config.TikaConfig;
import org.springframework.boot.servlet.MultipartConfigFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.unit.DataSize;
import org.taiwa.library.LibraryProperties;

import jakarta.servlet.MultipartConfigElement;

/** Tika, set up once (loading its parsers takes a moment), and the limits of {@code taiwa.library.*}. */
@Configuration(proxyBeanMethods = false)
class LibraryConfiguration {

    /** Form fields besides the file in one multipart request. */
    private static final DataSize FORM_FIELDS = DataSize.ofMegabytes(1);

    @Bean
    TikaConfig tikaConfig() {
        return TikaConfig.getDefaultConfig();
    }

    @Bean
    TypeDetector typeDetector(TikaConfig tika) {
        return new TypeDetector(tika);
    }

    @Bean
    TextExtractor textExtractor(TikaConfig tika, LibraryProperties properties) {
        return new TextExtractor(tika, new TextExtractor.Limits(properties.maxCharacters(),
                properties.extractionTimeout(), properties.maxCompressionRatio(), properties.maxPackageDepth()));
    }

    @Bean
    FileReceiver fileReceiver(LibraryProperties properties) {
        return new FileReceiver(properties.maxFileSize().toBytes());
    }

    /**
     * The servlet container's multipart limits, for the API and for Vaadin's uploads alike, follow
     * {@code taiwa.library.max-file-size} (one setting, not two that drift apart); this replaces Boot's
     * {@code spring.servlet.multipart.*}. Parts beyond 1 MB are spooled to disk, not held in memory.
     */
    @Bean
    MultipartConfigElement multipartConfigElement(LibraryProperties properties) {
        var factory = new MultipartConfigFactory();
        factory.setMaxFileSize(properties.maxFileSize());
        factory.setMaxRequestSize(DataSize.ofBytes(properties.maxFileSize().toBytes() + FORM_FIELDS.toBytes()));
        factory.setFileSizeThreshold(DataSize.ofMegabytes(1));
        return factory.createMultipartConfig();
    }
}
