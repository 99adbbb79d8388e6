package org.cadre.web.portal;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.text.MessageFormat;
import java.util.ResourceBundle;

/** UI text from the message bundle, for backing beans. */
final class Messages {

  private static final String BUNDLE = "org.cadre.web.portal.messages";

  private Messages() {}

  static String text(String key, Object... arguments) {
    FacesContext faces = FacesContext.getCurrentInstance();
    ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, faces.getViewRoot().getLocale());
    return MessageFormat.format(bundle.getString(key), arguments);
  }

  static void info(String key, Object... arguments) {
    FacesContext.getCurrentInstance()
        .addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text(key, arguments), null));
  }

  /** An error whose text comes from the services, already written for people. */
  static void errorText(String text) {
    FacesContext.getCurrentInstance()
        .addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
  }

  static void error(String key, Object... arguments) {
    FacesContext.getCurrentInstance()
        .addMessage(
            null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text(key, arguments), null));
  }
}
