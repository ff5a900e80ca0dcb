#pragma once
// A small deterministic generator (splitmix64). The standard distributions are
// implementation-defined; this gives the same county on every platform.
#include <cstdint>

namespace onemap {

class Rng
{
public:
  explicit Rng(std::uint64_t seed) : mState(seed) {}

  std::uint64_t next()
  {
    std::uint64_t z = (mState += 0x9E3779B97F4A7C15ULL);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
  }
  //! Uniform in [0, 1).
  double uniform() { return static_cast<double>(next() >> 11) * (1.0 / 9007199254740992.0); }
  double uniform(double lo, double hi) { return lo + (hi - lo) * uniform(); }
  //! Uniform integer in [lo, hi].
  int range(int lo, int hi) { return lo + static_cast<int>(next() % static_cast<std::uint64_t>(hi - lo + 1)); }
  bool chance(double p) { return uniform() < p; }

private:
  std::uint64_t mState;
};

} // namespace onemap
