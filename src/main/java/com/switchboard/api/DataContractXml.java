package com.switchboard.api;

import com.switchboard.api.dto.DataContract;
import com.switchboard.api.dto.DataMember;
import com.switchboard.api.dto.Namespaces;
import com.switchboard.base.domain.PlainText;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.core.ResolvableType;

/**
 * Writes wire objects as .NET's DataContractSerializer does, so that XML callers of the reference
 * service read the same document from us:
 * <ul>
 * <li>members of a base class first, then those of the derived class; within a class the members
 * without an order alphabetically (ordinal), then the ordered ones;</li>
 * <li>each member element in the namespace of the class that declares it; an element whose
 * namespace has no prefix in scope redeclares the default namespace on itself;</li>
 * <li>before the content of a complex, list or dictionary member whose contract namespace has no
 * prefix in scope, a prefix {@code d<depth>p1} is declared on the member element;</li>
 * <li>null members are written as {@code i:nil="true"}; lists of primitives are
 * {@code Serialization/Arrays} elements named after the primitive; dictionaries are entries with
 * {@code Key} and {@code Value};</li>
 * <li>a character XML 1.0 cannot carry is written as U+FFFD (the replacement character).</li>
 * </ul>
 */
final class DataContractXml {

    private static final String DECLARATION = "<?xml version=\"1.0\" encoding=\"utf-8\"?>";
    private static final Map<Class<?>, List<Member>> MEMBERS = new ConcurrentHashMap<>();

    private DataContractXml() {}

    /** The document for {@code root}, its root element named by its data contract or class. */
    static String write(Object root) {
        Out out = new Out();
        DataContract contract = contract(root.getClass());
        out.startRoot(contract.name().isEmpty() ? root.getClass().getSimpleName() : contract.name(),
                contract.namespace());
        writeMembers(out, root);
        out.end();
        return DECLARATION + out.text;
    }

    private record Member(Field field, String xmlName, int order, String namespace) {}

    private static void writeMembers(Out out, Object value) {
        for (Member member : members(value.getClass())) {
            try {
                writeValue(out, member.xmlName(), member.namespace(),
                        ResolvableType.forField(member.field(), value.getClass()), member.field().get(value));
            } catch (IllegalAccessException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    private static void writeValue(Out out, String name, String ns, ResolvableType type, Object value) {
        out.start(name, ns);
        Class<?> raw = type.toClass();
        String contentNs = contentNamespace(type);
        if (contentNs != null) {
            out.declareIfAbsent(contentNs);
        }
        if (value == null) {
            out.attribute("i:nil", "true");
        } else if (contentNs == null) {
            out.text(primitiveText(value));
        } else if (List.class.isAssignableFrom(raw)) {
            ResolvableType item = type.getGeneric(0);
            for (Object element : (List<?>) value) {
                writeValue(out, itemName(item), contentNs, item, element);
            }
        } else if (Map.class.isAssignableFrom(raw)) {
            ResolvableType valueType = type.getGeneric(1);
            for (Map.Entry<?, ?> entry : ((Map<?, ?>) value).entrySet()) {
                out.start(entryName(valueType), Namespaces.ARRAYS);
                writeValue(out, "Key", Namespaces.ARRAYS, ResolvableType.forClass(String.class), entry.getKey());
                writeValue(out, "Value", Namespaces.ARRAYS, valueType, entry.getValue());
                out.end();
            }
        } else {
            writeMembers(out, value);
        }
        out.end();
    }

    /** The namespace of a member's content, or null for a primitive. */
    private static String contentNamespace(ResolvableType type) {
        Class<?> raw = type.toClass();
        if (Map.class.isAssignableFrom(raw)) {
            return Namespaces.ARRAYS;
        }
        if (List.class.isAssignableFrom(raw)) {
            ResolvableType item = type.getGeneric(0);
            String itemNs = contentNamespace(item);
            return itemNs == null || Map.class.isAssignableFrom(item.toClass()) ? Namespaces.ARRAYS : itemNs;
        }
        DataContract contract = raw.getAnnotation(DataContract.class);
        return contract == null ? null : contract.namespace();
    }

    private static String itemName(ResolvableType item) {
        Class<?> raw = item.toClass();
        if (Map.class.isAssignableFrom(raw)) {
            return "ArrayOf" + entryName(item.getGeneric(1));
        }
        if (raw == String.class) return "string";
        if (raw == Integer.class) return "int";
        if (raw == Long.class) return "long";
        if (raw == Double.class) return "double";
        if (raw == Boolean.class) return "boolean";
        DataContract contract = contract(raw);
        return contract.name().isEmpty() ? raw.getSimpleName() : contract.name();
    }

    private static String entryName(ResolvableType valueType) {
        Class<?> raw = valueType.toClass();
        if (raw == String.class) {
            return "KeyValueOfstringstring";
        }
        return contract(raw).dictionaryEntry();
    }

    private static String primitiveText(Object value) {
        if (value instanceof Double d) {
            return formatNumber(d);
        }
        if (value instanceof Enum<?> e) {
            return e.name();
        }
        return value.toString();
    }

    /** Numbers as .NET writes them: no trailing ".0", no exponent. */
    static String formatNumber(double d) {
        if (Double.isNaN(d)) return "NaN";
        if (Double.isInfinite(d)) return d > 0 ? "INF" : "-INF";
        if (d == 0) return "0";
        return BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
    }

    private static DataContract contract(Class<?> type) {
        DataContract contract = type.getAnnotation(DataContract.class);
        if (contract == null) {
            throw new IllegalArgumentException(type.getSimpleName() + " is not a data contract");
        }
        return contract;
    }

    private static List<Member> members(Class<?> type) {
        return MEMBERS.computeIfAbsent(type, t -> {
            List<Class<?>> hierarchy = new ArrayList<>();
            for (Class<?> c = t; c != null && c != Object.class; c = c.getSuperclass()) {
                hierarchy.add(0, c);
            }
            List<Member> all = new ArrayList<>();
            for (Class<?> c : hierarchy) {
                String ns = contract(c).namespace();
                List<Member> own = new ArrayList<>();
                for (Field field : c.getDeclaredFields()) {
                    if (Modifier.isStatic(field.getModifiers()) || !Modifier.isPublic(field.getModifiers())) {
                        continue;
                    }
                    DataMember dm = field.getAnnotation(DataMember.class);
                    String name = dm != null && !dm.name().isEmpty() ? dm.name()
                            : Character.toUpperCase(field.getName().charAt(0)) + field.getName().substring(1);
                    own.add(new Member(field, name, dm == null ? -1 : dm.order(), ns));
                }
                own.sort(Comparator.comparingInt(Member::order).thenComparing(Member::xmlName));
                all.addAll(own);
            }
            return List.copyOf(all);
        });
    }

    /** A minimal namespace-aware XML emitter with the prefix rules of .NET's XmlWriter. */
    private static final class Out {
        private final StringBuilder text = new StringBuilder(4096);
        private final Deque<Element> open = new ArrayDeque<>();
        private boolean startTagOpen;

        private static final class Element {
            final String qualifiedName;
            final Map<String, String> prefixes = new LinkedHashMap<>(); // prefix ("" = default) -> ns
            int declared;

            Element(String qualifiedName) {
                this.qualifiedName = qualifiedName;
            }
        }

        /** The root element, declaring {@code i} for nil values before its default namespace. */
        void startRoot(String local, String ns) {
            Element element = new Element(local);
            text.append('<').append(local);
            open.push(element);
            startTagOpen = true;
            declare("i", Namespaces.XSI);
            element.prefixes.put("", ns);
            attribute("xmlns", ns);
        }

        void start(String local, String ns) {
            closeStartTag();
            String prefix = lookupPrefix(ns);
            String qualified = prefix == null || prefix.isEmpty() ? local : prefix + ":" + local;
            Element element = new Element(qualified);
            text.append('<').append(qualified);
            open.push(element);
            startTagOpen = true;
            if (prefix == null) {
                element.prefixes.put("", ns);
                attribute("xmlns", ns);
            }
        }

        void declare(String prefix, String ns) {
            open.peek().prefixes.put(prefix, ns);
            attribute("xmlns:" + prefix, ns);
        }

        void declareIfAbsent(String ns) {
            if (lookupPrefix(ns) == null) {
                Element element = open.peek();
                element.declared++;
                declare("d" + open.size() + "p" + element.declared, ns);
            }
        }

        void attribute(String name, String value) {
            text.append(' ').append(name).append("=\"");
            escape(value, true);
            text.append('"');
        }

        void text(String value) {
            closeStartTag();
            escape(value, false);
        }

        void end() {
            Element element = open.pop();
            if (startTagOpen) {
                text.append(" />");
                startTagOpen = false;
            } else {
                text.append("</").append(element.qualifiedName).append('>');
            }
        }

        private void closeStartTag() {
            if (startTagOpen) {
                text.append('>');
                startTagOpen = false;
            }
        }

        /** The prefix bound to {@code ns} in scope ("" for the default namespace), or null. */
        private String lookupPrefix(String ns) {
            Set<String> shadowed = new HashSet<>();
            for (Element element : open) {
                for (Map.Entry<String, String> binding : element.prefixes.entrySet()) {
                    if (shadowed.add(binding.getKey()) && binding.getValue().equals(ns)) {
                        return binding.getKey();
                    }
                }
            }
            return null;
        }

        /**
         * Escapes markup; a character XML 1.0 cannot carry (a C0 control other than tab, line feed
         * and carriage return, U+FFFE, U+FFFF, or a lone surrogate) is written as U+FFFD, so that the
         * document always parses, whatever text reaches it.
         */
        private void escape(String value, boolean attribute) {
            for (int i = 0; i < value.length(); ) {
                int c = value.codePointAt(i);
                i += Character.charCount(c);
                switch (c) {
                    case '<' -> text.append("&lt;");
                    case '>' -> text.append("&gt;");
                    case '&' -> text.append("&amp;");
                    case '"' -> text.append(attribute ? "&quot;" : "\"");
                    case '\r' -> text.append("&#xD;");
                    case '\n' -> text.append(attribute ? "&#xA;" : "\n");
                    case '\t' -> text.append(attribute ? "&#x9;" : "\t");
                    default -> text.appendCodePoint(PlainText.carriedByXml(c) ? c : PlainText.REPLACEMENT);
                }
            }
        }
    }
}
