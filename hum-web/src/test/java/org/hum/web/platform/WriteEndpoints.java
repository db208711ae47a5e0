package org.hum.web.platform;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;

import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.lang.reflect.Type;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Every JAX-RS method of the web module that takes a JSON body (POST, PUT, PATCH or DELETE with
 * one parameter that carries no JAX-RS annotation), with the body's type and whether it is
 * validated ({@code @Valid}) and required ({@code @NotNull}); found in the compiled classes.
 */
final class WriteEndpoints {
    private static final Set<Class<? extends Annotation>> WRITES = Set.of(POST.class, PUT.class, PATCH.class, DELETE.class);

    record Endpoint(String name, Type bodyType, boolean validated, boolean required) {
        @Override
        public String toString() {
            return name;
        }

        /** What Bean Validation says of a null body on a {@code @NotNull} parameter. */
        ConstraintViolation<Object> nullViolation() {
            record Holder(@NotNull Object body) {
            }
            Set<ConstraintViolation<Holder>> v = Validation.buildDefaultValidatorFactory().getValidator().validate(new Holder(null));
            @SuppressWarnings("unchecked")
            ConstraintViolation<Object> only = (ConstraintViolation<Object>) (ConstraintViolation<?>) v.iterator().next();
            return only;
        }
    }

    private WriteEndpoints() {
    }

    static List<Endpoint> all() {
        List<Endpoint> found = new ArrayList<>();
        for (Class<?> c : classes()) {
            for (Method m : c.getDeclaredMethods()) {
                if (WRITES.stream().noneMatch(m::isAnnotationPresent)) {
                    continue;
                }
                for (Parameter p : m.getParameters()) {
                    if (isBody(p)) {
                        found.add(new Endpoint(c.getSimpleName() + "." + m.getName(), p.getParameterizedType(),
                                p.isAnnotationPresent(jakarta.validation.Valid.class), p.isAnnotationPresent(NotNull.class)));
                    }
                }
            }
        }
        found.sort(Comparator.comparing(Endpoint::name));
        return List.copyOf(found);
    }

    /** The entity parameter: no JAX-RS or injection annotation, and a type JSON-B reads (not a stream, bytes or raw text). */
    private static boolean isBody(Parameter p) {
        for (Annotation a : p.getAnnotations()) {
            String pkg = a.annotationType().getPackageName();
            if (pkg.startsWith("jakarta.ws.rs") || pkg.startsWith("jakarta.inject")) {
                return false;
            }
        }
        Class<?> type = p.getType();
        String name = type.getName();
        // a list, set or map of records is read by JSON-B too; text, bytes and streams are not
        return !type.isPrimitive() && type != byte[].class && !name.startsWith("jakarta.")
                && (!name.startsWith("java.") || name.startsWith("java.util."));
    }

    private static List<Class<?>> classes() {
        try {
            Path root = Path.of(JsonConfig.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            List<Class<?>> out = new ArrayList<>();
            try (var walk = Files.walk(root.resolve("org/hum/web"))) {
                for (Path f : walk.filter(f -> f.toString().endsWith(".class") && !f.getFileName().toString().contains("$")).toList()) {
                    String name = root.relativize(f).toString().replace('/', '.').replaceAll("\\.class$", "");
                    out.add(Class.forName(name, false, WriteEndpoints.class.getClassLoader()));
                }
            }
            return out;
        } catch (IOException | URISyntaxException | ClassNotFoundException e) {
            throw new IllegalStateException("cannot list the web module's classes", e);
        }
    }
}
