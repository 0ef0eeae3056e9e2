package org.jiuzhu.household;

/** A member's relation to the applicant (与申请人关系). */
public enum Relation {
  SELF, SPOUSE, CHILD, PARENT, SIBLING, GRANDPARENT, GRANDCHILD, OTHER
}
