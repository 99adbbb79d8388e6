package org.cadre.domain.hiring;

import java.util.List;
import java.util.Optional;

/** Offers as stored. */
public interface OfferRepository {

  Optional<Offer> find(long id);

  /** The application's offers, oldest first. */
  List<Offer> ofApplication(long applicationId);

  void add(Offer offer);

  void flush();
}
