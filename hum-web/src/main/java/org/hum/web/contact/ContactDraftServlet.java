package org.hum.web.contact;

import jakarta.ejb.AccessLocalException;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.ConstraintViolationException;
import org.hum.api.contact.ContactDraftRequest;
import org.hum.api.contact.ContactDraftView;
import org.hum.api.error.HumException;
import org.hum.contact.boundary.ContactDrafts;
import org.hum.web.present.TimeConverter;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * Where the contact form's script saves the draft as the officer types (sources/contacts.xhtml,
 * static/contact-draft.js): the page's own session, not a bearer token, and the same core call
 * as {@code PUT /api/contact-drafts/{clientId}}. Answers plain text: the draft's status on the
 * first line, then the hard stops the submission would meet. Only a request carrying the
 * header {@code X-HUM-Draft} is served (a cross-site form cannot send it).
 */
@WebServlet("/contact-draft")
public class ContactDraftServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;

    @Inject
    ContactDrafts drafts;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setContentType("text/plain");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        if (request.getHeader("X-HUM-Draft") == null) {
            response.setStatus(403);
            response.getWriter().write("Only the contact form saves drafts here.");
            return;
        }
        request.setCharacterEncoding(StandardCharsets.UTF_8.name());
        try {
            ContactDraftView saved = drafts.save(request.getParameter(ContactForm.FORM + ":draftId"),
                    new ContactDraftRequest(request.getParameter("id"), ContactForm.draftOf(request.getParameterMap()))).draft();
            StringBuilder b = new StringBuilder("Draft saved " + TimeConverter.format(saved.updatedAt()));
            saved.warnings().forEach(w -> b.append('\n').append(w.replace('\n', ' ')));
            response.getWriter().write(b.toString());
        } catch (HumException e) {
            response.setStatus(e.code().status());
            response.getWriter().write("Draft not saved: " + e.getMessage());
        } catch (ConstraintViolationException e) {
            response.setStatus(400);
            response.getWriter().write("Draft not saved: a field is too long");
        } catch (EJBAccessException | AccessLocalException e) {
            response.setStatus(403);
            response.getWriter().write("Draft not saved: your roles do not allow recording contacts");
        }
    }
}
