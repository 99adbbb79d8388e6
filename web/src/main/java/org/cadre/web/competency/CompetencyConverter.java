package org.cadre.web.competency;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;
import jakarta.inject.Inject;
import org.cadre.services.common.ServiceException;
import org.cadre.services.competency.CompetencyService;
import org.cadre.services.competency.CompetencyView;
import org.cadre.web.portal.Messages;
import org.cadre.web.security.CallerContext;

/** Carries a competency through a form by its id. */
@FacesConverter(forClass = CompetencyView.class, managed = true)
public class CompetencyConverter implements Converter<CompetencyView> {

  @Inject private CompetencyService competencies;
  @Inject private CallerContext callers;

  @Override
  public CompetencyView getAsObject(FacesContext context, UIComponent component, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return competencies.get(callers.caller(), Long.parseLong(value));
    } catch (NumberFormatException | ServiceException e) {
      throw new ConverterException(Messages.text("competencies.merge.pickTarget"), e);
    }
  }

  @Override
  public String getAsString(FacesContext context, UIComponent component, CompetencyView value) {
    return value == null ? "" : Long.toString(value.id());
  }
}
