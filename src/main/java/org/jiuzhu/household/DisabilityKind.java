package org.jiuzhu.household;

/** 残疾类别 on the disability certificate (残疾人证). */
public enum DisabilityKind {
  VISION, HEARING, SPEECH, PHYSICAL, INTELLECTUAL, MENTAL, MULTIPLE
}
