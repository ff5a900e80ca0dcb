#pragma once
// Knuth's MMIX linear congruential generator, uniform doubles in [0, 1).
// The hazard plugins' sample rows were made with it; Rng (splitmix64) gives
// another stream, so switching them would change every plugin sample.
#include <cstdint>

namespace onemap {

class Lcg
{
public:
  explicit Lcg(std::uint64_t seed) : mState(seed) {}

  //! Uniform in [0, 1).
  double next()
  {
    mState = mState * 6364136223846793005ULL + 1442695040888963407ULL;
    return static_cast<double>(mState >> 11) / static_cast<double>(1ULL << 53);
  }
  double uniform(double lo, double hi) { return lo + (hi - lo) * next(); }

private:
  std::uint64_t mState;
};

} // namespace onemap
