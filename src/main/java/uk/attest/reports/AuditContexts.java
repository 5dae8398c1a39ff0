package uk.attest.reports;

import java.util.HashMap;
import java.util.Map;
import org.springframework.stereotype.Component;
import uk.attest.catalogue.Catalogue;
import uk.attest.learners.People.Learner;
import uk.attest.learners.PeopleRepository;

/**
 * The names a learner's audit sentences need: the people of their centre, the centre and its
 * awarding bodies, and qualification titles; evidence titles come from the caller, who has read the
 * learner's evidence already.
 */
@Component
class AuditContexts {
  private final PeopleRepository people;
  private final Catalogue catalogue;

  AuditContexts(PeopleRepository people, Catalogue catalogue) {
    this.people = people;
    this.catalogue = catalogue;
  }

  AuditSentences.Context forLearner(Learner learner, Map<String, String> titles) {
    Map<String, String> names = new HashMap<>();
    people.learners(learner.centreId()).forEach(l -> names.put(l.id(), l.name()));
    people.assessors(learner.centreId()).forEach(a -> names.put(a.id(), a.name()));
    people.centre(learner.centreId()).ifPresent(c -> names.put(c.id(), c.name()));
    people.awardingBodies().forEach(b -> names.put(b.id(), b.name()));
    Map<String, String> qualifications = new HashMap<>();
    catalogue.qualifications().forEach(q -> qualifications.put(q.id(), q.title()));
    return new AuditSentences.Context(titles, names, qualifications);
  }
}
