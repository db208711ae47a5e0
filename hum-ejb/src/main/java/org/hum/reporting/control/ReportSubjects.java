package org.hum.reporting.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.hum.api.source.IdentityDocument;
import org.hum.api.source.TrueIdentity;
import org.hum.contact.control.ContactRegister;
import org.hum.contact.control.ContactRegister.ItemFact;
import org.hum.source.control.ParticularsRules;
import org.hum.source.control.SourceProtection;
import org.hum.source.control.SourceRecords;
import org.hum.source.entity.Source;
import org.hum.source.entity.SourceParticulars;

import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a report rests on, read through the contact feature's register and the source file: the
 * items of files already resolved for the caller, and the particulars the identifying-detail
 * check looks for, decrypted for one check and dropped after it.
 */
@ApplicationScoped
public class ReportSubjects {
    @Inject
    ContactRegister contacts;

    @Inject
    SourceRecords records;

    @Inject
    SourceProtection protection;

    @Inject
    ReportStore store;

    public List<ItemFact> items(Source source) {
        return contacts.itemsOf(source);
    }

    /**
     * The particulars of the files drawn on and of the contacts of the items used.
     *
     * @param files the files, resolved for the caller
     * @param items the items used (their contacts' dates and places)
     */
    public Particulars particulars(List<Source> files, List<ItemFact> items) {
        Set<String> codeNames = new LinkedHashSet<>();
        List<String> numbers = new ArrayList<>();
        List<String> trueNames = new ArrayList<>();
        List<String> otherNames = new ArrayList<>();
        List<String> phones = new ArrayList<>();
        List<String> documents = new ArrayList<>();
        Set<String> handlers = new LinkedHashSet<>();
        for (Source s : files) {
            codeNames.add(s.codeName());
            records.codeNames(s.id()).forEach(c -> codeNames.add(c.codeName()));
            numbers.add(s.sourceNumber());
            TrueIdentity identity = protection.reveal(s);
            trueNames.add(identity.trueName());
            phones.add(identity.phoneNumber());
            records.particulars(s.id()).ifPresent(row -> {
                Map<String, byte[]> open = protection.openParticulars(s, row);
                byte[] others = open.get(SourceParticulars.OTHER_IDENTITIES);
                if (others != null) {
                    otherNames.addAll(ParticularsRules.decodeLines(new String(others, StandardCharsets.UTF_8)));
                }
            });
            for (IdentityDocument d : records.documents(s)) {
                documents.add(d.number());
            }
            records.assignments(s.id()).forEach(a -> handlers.add(store.user(a.userId())[1]));
            handlers.add(store.user(s.registeredBy())[1]);
        }
        return new Particulars(List.copyOf(codeNames), numbers, trueNames, otherNames, phones, documents,
                new ArrayList<>(handlers), items.stream().map(i -> i.occurredAt().atZone(ZoneOffset.UTC).toLocalDate()).distinct().toList(),
                items.stream().map(ItemFact::place).filter(p -> p != null).distinct().toList());
    }
}
