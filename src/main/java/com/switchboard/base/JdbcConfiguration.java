package com.switchboard.base;

import com.switchboard.base.domain.JsonDocument;
import com.switchboard.base.domain.JsonDocuments;
import java.sql.Clob;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.beans.factory.annotation.AnnotatedBeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.convert.TypeDescriptor;
import org.springframework.core.convert.converter.Converter;
import org.springframework.core.convert.converter.GenericConverter;
import org.springframework.core.type.filter.AssignableTypeFilter;
import org.springframework.data.convert.ReadingConverter;
import org.springframework.data.jdbc.core.convert.JdbcCustomConversions;
import org.springframework.data.jdbc.core.mapping.JdbcMappingContext;
import org.springframework.data.jdbc.repository.config.AbstractJdbcConfiguration;
import org.springframework.data.relational.RelationalManagedTypes;
import org.springframework.data.relational.core.mapping.NamingStrategy;
import org.springframework.util.ClassUtils;

/**
 * Spring Data JDBC set-up: every {@link JsonDocument} is stored as a JSON string column, and
 * timestamps with time zone read back as {@link Instant} on H2 and PostgreSQL alike.
 */
@Configuration(proxyBeanMethods = false)
public class JdbcConfiguration extends AbstractJdbcConfiguration {

    /**
     * Identifiers are not quoted: H2 (with DATABASE_TO_LOWER) and PostgreSQL both fold them to lower
     * case, so the same schema serves both.
     */
    @Override
    public JdbcMappingContext jdbcMappingContext(Optional<NamingStrategy> namingStrategy,
            JdbcCustomConversions customConversions, RelationalManagedTypes jdbcManagedTypes) {
        JdbcMappingContext context = super.jdbcMappingContext(namingStrategy, customConversions, jdbcManagedTypes);
        context.setForceQuote(false);
        return context;
    }

    @Override
    protected List<?> userConverters() {
        return List.of(new JsonDocumentConverter(jsonDocumentTypes()), new OffsetDateTimeToInstant(), new ClobToString());
    }

    private static Set<Class<?>> jsonDocumentTypes() {
        var scanner = new ClassPathScanningCandidateComponentProvider(false) {
            @Override
            protected boolean isCandidateComponent(
                    AnnotatedBeanDefinition definition) {
                return definition.getMetadata().isIndependent() && !definition.getMetadata().isInterface();
            }
        };
        scanner.addIncludeFilter(new AssignableTypeFilter(JsonDocument.class));
        Set<Class<?>> types = new HashSet<>();
        for (var definition : scanner.findCandidateComponents("com.switchboard")) {
            types.add(ClassUtils.resolveClassName(definition.getBeanClassName(), JdbcConfiguration.class.getClassLoader()));
        }
        return types;
    }

    private static final class JsonDocumentConverter implements GenericConverter {
        private final Set<ConvertiblePair> pairs = new HashSet<>();

        JsonDocumentConverter(Set<Class<?>> types) {
            for (Class<?> type : types) {
                pairs.add(new ConvertiblePair(type, String.class));
                pairs.add(new ConvertiblePair(String.class, type));
            }
        }

        @Override
        public Set<ConvertiblePair> getConvertibleTypes() {
            return pairs;
        }

        @Override
        public Object convert(Object source, TypeDescriptor sourceType, TypeDescriptor targetType) {
            if (source == null) {
                return null;
            }
            if (targetType.getType() == String.class) {
                return JsonDocuments.toJson(source);
            }
            return JsonDocuments.fromJson((String) source, targetType.getType());
        }
    }

    @ReadingConverter
    private static final class OffsetDateTimeToInstant implements Converter<OffsetDateTime, Instant> {
        @Override
        public Instant convert(OffsetDateTime source) {
            return source.toInstant();
        }
    }

    @ReadingConverter
    private static final class ClobToString implements Converter<Clob, String> {
        @Override
        public String convert(Clob source) {
            try {
                return source.getSubString(1, (int) source.length());
            } catch (SQLException e) {
                throw new IllegalStateException("Unreadable text column", e);
            }
        }
    }
}
