package uk.attest.assessment.facts;

/** The parts of VACSR judged per evidence item; sufficiency is judged per criterion. */
public enum Aspect {
  VALID,
  AUTHENTIC,
  CURRENT,
  RELIABLE
}
