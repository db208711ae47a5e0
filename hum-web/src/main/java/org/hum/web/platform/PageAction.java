package org.hum.web.platform;

import jakarta.ejb.AccessLocalException;
import jakarta.ejb.EJBAccessException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import org.hum.api.error.FieldError;
import org.hum.api.error.HumException;
import org.hum.api.error.RuleViolation;

import java.io.IOException;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * The one way a page's action or read turns a refusal into a page message. A bean describes its
 * form once (the form's id, how the core's field names map to the form's inputs, what a caller
 * whose roles do not allow the action reads, how a rule's refusal reads) and runs each action
 * through it; the action itself holds no {@code catch}.
 * <ul>
 *   <li>a {@link HumException} with field errors: each message beside the input its field maps to
 *   (on top as "field: message" when it maps to none, or when the form shows every message on
 *   top); without field errors, its message on top ({@link RuleViolation} as the bean words it);</li>
 *   <li>Bean Validation's refusal of a call ({@link ConstraintViolationException}): as a field
 *   error on the field its property path names ({@code items[0].text}, {@code reason});</li>
 *   <li>a call the caller's roles do not allow: the bean's sentence on top.</li>
 * </ul>
 * Typed text that does not parse is refused the same way: {@link Inputs} throws the core's
 * invalid-input refusal, so a form shows it like any other.
 */
public final class PageAction {
    /** An action; it may redirect. */
    @FunctionalInterface
    public interface Step {
        void run() throws IOException;
    }

    private final FacesContext faces;
    private final String form;
    private UnaryOperator<FieldError> fields = f -> new FieldError(lastName(f.field()), f.message());
    private String forbidden = "Your roles do not allow this.";
    private Function<RuleViolation, String> rules = RuleViolation::getMessage;

    private PageAction(FacesContext faces, String form) {
        this.faces = faces;
        this.form = form;
    }

    /** Refusals of the form with this id: field errors beside its inputs. */
    public static PageAction on(FacesContext faces, String form) {
        return new PageAction(faces, form);
    }

    /** Refusals shown on top of the page, a field's as "field: message". */
    public static PageAction onTop(FacesContext faces) {
        return new PageAction(faces, null);
    }

    /**
     * How a field error reads on the form: the input it belongs beside (null: on top, as
     * "field: message") and its message. By default the last name of its path, as it was.
     */
    public PageAction fields(UnaryOperator<FieldError> mapping) {
        this.fields = mapping;
        return this;
    }

    /**
     * How a field the core names (the last name of its path) maps to the form's input (null: on
     * top); the message stays as it is.
     */
    public PageAction inputs(UnaryOperator<String> input) {
        return fields(f -> new FieldError(input.apply(lastName(f.field())), f.message()));
    }

    /** What a caller reads when their roles do not allow the call; null shows nothing. */
    public PageAction forbidden(String sentence) {
        this.forbidden = sentence;
        return this;
    }

    /** How a rule's refusal reads. */
    public PageAction rules(Function<RuleViolation, String> text) {
        this.rules = text;
        return this;
    }

    /** Runs the action: true when it went through, false when it was refused (the refusal is on the page). */
    public boolean run(Step step) throws IOException {
        try {
            step.run();
            return true;
        } catch (HumException | ConstraintViolationException | EJBAccessException | AccessLocalException e) {
            show(e);
            return false;
        }
    }

    /** Runs the call: its answer, or null when it was refused (the refusal is on the page). */
    public <T> T call(Supplier<T> call) {
        try {
            return call.get();
        } catch (HumException | ConstraintViolationException | EJBAccessException | AccessLocalException e) {
            show(e);
            return null;
        }
    }

    /**
     * Runs the action and, when it went through, says so on the next page (kept across the
     * redirect) and answers the outcome to navigate to; null when it was refused.
     */
    public String done(Step step, String message, String outcome) throws IOException {
        if (!run(step)) {
            return null;
        }
        info(faces, message);
        faces.getExternalContext().getFlash().setKeepMessages(true);
        return outcome;
    }

    /** Redirects to the page at this path of the application (after an action that went through). */
    public static void redirect(FacesContext faces, String path) throws IOException {
        faces.getExternalContext().redirect(faces.getExternalContext().getRequestContextPath() + path);
        faces.responseComplete();
    }

    /** Says on the next page, after a redirect, that the action went through. */
    public static void confirm(FacesContext faces, String message) {
        faces.getExternalContext().getFlash().setKeepMessages(true);
        info(faces, message);
    }

    public static void info(FacesContext faces, String message) {
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, message, null));
    }

    public static void error(FacesContext faces, String message) {
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, message, null));
    }

    /**
     * A read whose refusal is told in a sentence the page places itself (beside a filter, in a
     * status line): its answer, or null after handing the sentence to {@code refusal}. A call the
     * roles do not allow reads as {@code forbidden}; a null {@code forbidden} hands nothing on.
     */
    public static <T> T read(Supplier<T> read, String forbidden, Consumer<String> refusal) {
        try {
            return read.get();
        } catch (HumException e) {
            refusal.accept(e.getMessage());
        } catch (ConstraintViolationException e) {
            e.getConstraintViolations().forEach(v -> refusal.accept(HumException.invalid(path(v), v.getMessage()).getMessage()));
        } catch (EJBAccessException | AccessLocalException e) {
            if (forbidden != null) {
                refusal.accept(forbidden);
            }
        }
        return null;
    }

    /** A read whose refusal the page shows in its own way (an empty list, a missing panel): its answer, or the fallback. */
    public static <T> T quietly(Supplier<T> read, T fallback) {
        T value = read(read, null, ignored -> { });
        return value == null ? fallback : value;
    }

    /** Shows the refusal as this form shows refusals. */
    public void show(RuntimeException refusal) {
        if (refusal instanceof ConstraintViolationException e) {
            for (ConstraintViolation<?> v : e.getConstraintViolations()) {
                field(new FieldError(path(v), v.getMessage()));
            }
        } else if (refusal instanceof HumException e) {
            if (e instanceof RuleViolation r) {
                error(faces, rules.apply(r));
            } else if (e.fieldErrors().isEmpty()) {
                error(faces, e.getMessage());
            } else if (form == null) {
                List<FieldError> errors = e.fieldErrors();
                if (!(errors.size() == 1 && e.getMessage().equals(onTop(errors.get(0))))) {
                    error(faces, e.getMessage());
                }
                errors.forEach(this::field);
            } else {
                e.fieldErrors().forEach(this::field);
            }
        } else if (forbidden != null) {
            error(faces, forbidden);
        }
    }

    private void field(FieldError error) {
        FieldError shown = fields.apply(error);
        if (form == null || shown.field() == null) {
            error(faces, onTop(form == null ? new FieldError(lastName(error.field()), shown.message()) : error));
        } else {
            faces.addMessage(form + ":" + shown.field(), new FacesMessage(FacesMessage.SEVERITY_ERROR, shown.message(), null));
        }
    }

    private static String onTop(FieldError f) {
        return f.field() + ": " + f.message();
    }

    /**
     * A violation's path as the API names fields: its properties joined by dots, with the index
     * of a list element ({@code items[0].text}); the method and its parameters left out. A
     * violation of a parameter itself is named by the parameter.
     */
    static String path(ConstraintViolation<?> v) {
        StringBuilder b = new StringBuilder();
        String last = "";
        for (Path.Node node : v.getPropertyPath()) {
            if (node.getName() != null) {
                last = node.getName();
            }
            ElementKind kind = node.getKind();
            if (kind == ElementKind.METHOD || kind == ElementKind.CONSTRUCTOR || kind == ElementKind.PARAMETER
                    || kind == ElementKind.CROSS_PARAMETER || kind == ElementKind.RETURN_VALUE) {
                continue;
            }
            if (node.getIndex() != null && b.length() > 0) {
                b.append('[').append(node.getIndex()).append(']');
            }
            if (kind == ElementKind.PROPERTY && node.getName() != null) {
                b.append(b.length() == 0 ? "" : ".").append(node.getName());
            }
        }
        return b.length() == 0 ? last : b.toString();
    }

    /** The last name of a field's path: {@code documentNumber} of {@code identityDocuments[0].documentNumber}. */
    public static String lastName(String field) {
        if (field == null) {
            return "";
        }
        String last = field.substring(field.lastIndexOf('.') + 1);
        int index = last.indexOf('[');
        return index < 0 ? last : last.substring(0, index);
    }
}
