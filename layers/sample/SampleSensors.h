#pragma once
// \brief The sample county's eyes: monitoring stations and video channels.
#include "SampleNetwork.h"
#include "cameras/Camera.h"
#include "hidden_dangers/HiddenDanger.h"
#include "stations/Station.h"

namespace onemap::sample {

//! Automatic weather stations on a fixed 5 km grid (not scaled), a rain gauge
//! per township, river-level gauges on the rivers, GNSS at large landslides.
QVector<Station> buildStations(const Frame &frame, const Network &net, const QVector<HiddenDanger> &dangers, Rng &rng);

//! \a count channels from the departments that own them, more where people live.
QVector<Camera> buildCameras(const Frame &frame, int count, Rng &rng);

} // namespace onemap::sample
